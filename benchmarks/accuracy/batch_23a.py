"""Accuracy corpus, batch 23a: 12 new articles from the 1970s, 1980s and 1990s (four per decade).

Counts before this batch (sources.csv plus the ARTICLES of every batch_*.py present, batch 23b not
counted, 576 distinct ids): 1970s Central Asia/Caucasus 0, Southeast Asia 6, Africa/Latin America 8-9,
the other regions 7; 1980s Central Asia/Caucasus 6, East Asia/Latin America/Oceania 8, the others 7;
1990s Eastern Europe/Russia, North America and Oceania 8, the others 9. Picks (under a 22-minute limit,
taken from the first usable dated news pages in the results): 1970s North America, East Asia and the
Middle East twice (cells at 7; Central Asia/Caucasus and Southeast Asia 1970s searched, only cables,
Indonesian-language pages and transcripts found); 1980s Middle East twice, South Asia (cells at 7) and
East Asia (8); 1990s Eastern Europe/Russia twice and North America twice (cells at 8; two Oceania/Southeast
Asia 1990s pages found were already in the corpus and skipped before numbering). All four 1990s articles
are about the 1993 Clinton-Yeltsin summits (a weakness; see the notes). Collected with `search`
(corpus `pages`), annotated from the texts alone; the package was not run.

Split rule (fixed before annotating): numbered 1..12 in the order first found in this session's search
results (query order, then rank), pages already in the corpus skipped before numbering; positions 3, 7
and 11 are test, all others dev. Ids: `dev_44NN_<slug>` / `test_44NN_<slug>`.

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
"""

from annotations import H, IP, M, P, PH, VID  # noqa: F401

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Issue code CHP19740813 (a Tuesday). Dateline "WELLINGTON, August 12" (OCR; the story is from
    # Washington). The day of the Ford-Kissinger meeting is not stated -> null.
    ("dev_4401_ford_kissinger_meeting", "North America", "1970s", "The Press (Christchurch), via Papers Past (NZPA-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19740813.2.95", "1974-08-13"),
    # URL date 1985-10-25 (a Friday): "on Thursday" = 1985-10-24.
    ("dev_4402_mubarak_hussein_amman", "Middle East", "1980s", "Los Angeles Times (UPI)", "http://articles.latimes.com/1985-10-25/news/mn-14195_1_mubarak-and-hussein", "1985-10-25"),
    # URL date 1985-03-19 (a Tuesday): "on Monday" = 1985-03-18.
    ("test_4403_mubarak_hussein_baghdad", "Middle East", "1980s", "Los Angeles Times (UPI)", "https://www.latimes.com/archives/la-xpm-1985-03-19-mn-31708-story.html", "1985-03-19"),
    # URL date 1988-12-28 ("News from Dec. 28, 1988"); "this week" -> date null.
    ("dev_4404_gandhi_bhutto_islamabad", "South Asia", "1980s", "Los Angeles Times (mirror ukobiw.net)", "http://ukobiw.net./archives/la-xpm-1988-12-28-mn-988-story.html", "1988-12-28"),
    # URL date 1993-04-04 (a Sunday): "on Saturday" = 1993-04-03; "Talks continue today" = 1993-04-04.
    # Region: US-Russia summit held abroad -> Eastern Europe/Russia (ANNOTATION.md).
    ("dev_4405_clinton_yeltsin_vancouver", "Eastern Europe/Russia", "1990s", "Los Angeles Times (mirror ukobiw.net)", "http://ukobiw.net./archives/la-xpm-1993-04-04-mn-19165-story.html", "1993-04-04"),
    # URL date 1993-04-05 (a Monday): "dinner Saturday" = 1993-04-03.
    ("dev_4406_vancouver_summit_notebook", "Eastern Europe/Russia", "1990s", "Los Angeles Times", "https://www.latimes.com/archives/la-xpm-1993-04-05-mn-19475-story.html", "1993-04-05"),
    # "Friday 05 March 1993"; announced from Washington -> North America.
    ("test_4407_clinton_yeltsin_summit_planned", "North America", "1990s", "The Independent", "https://the-independent.com/news/world/clinton-prepares-for-usrussian-summit-1495898.html", "1993-03-05"),
    # URL date 1993-06-11; WASHINGTON -> North America.
    ("dev_4408_clinton_yeltsin_moscow_maybe", "North America", "1990s", "Los Angeles Times (mirror ukobiw.net)", "https://ukobiw.net/archives/la-xpm-1993-06-11-mn-2033-story.html", "1993-06-11"),
    # Issue code CHP19771027 (a Thursday): "in Peking yesterday" = 1977-10-26. Host region East Asia.
    ("dev_4409_talboys_huang_hua_peking", "East Asia", "1970s", "The Press (Christchurch), via Papers Past (NZPA)", "https://paperspast.natlib.govt.nz/newspapers/CHP19771027.2.2", "1977-10-27"),
    # Issue code CHP19810418 (a Saturday): "Yesterday" = 1981-04-17; dateline Tokyo.
    ("dev_4410_muldoon_suzuki_tokyo", "East Asia", "1980s", "The Press (Christchurch), via Papers Past (NZPA)", "https://paperspast.natlib.govt.nz/newspapers/CHP19810418.2.2", "1981-04-18"),
    # Issue code CHP19771221 (a Wednesday): "next Sunday" = 1977-12-25 (the Christmas summit).
    ("test_4411_sadat_begin_ismailia", "Middle East", "1970s", "The Press (Christchurch), via Papers Past (NZPA-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19771221.2.69.3", "1977-12-21"),
    # Issue code CHP19780106 (a Friday): "yesterday" = 1978-01-05.
    ("dev_4412_sadat_carter_aswan", "Middle East", "1970s", "The Press (Christchurch), via Papers Past (NZPA-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19780106.2.61.10", "1978-01-06"),
]

A = {}

A["dev_4401_ford_kissinger_meeting"] = dict(
    actors={"gerald_ford": ["President Ford", "Mr Ford"], "henry_kissinger": ["Dr Henry Kissinger"],
            "richard_nixon": ["Mr Nixon"], "lyndon_johnson": ["Mr Johnson"], "john_f_kennedy": ["President Kennedy"]},
    meetings=[
        M(["gerald_ford", "henry_kissinger"], None, None, IP, H,
          "Mr Ford also had a halfhour meeting on foreign policy with the Secretary of State (Dr Henry Kissinger)."),
        # Not rows: the joint session of Congress (plenary); the telephone conversations are in the
        # removed cut-off sentence.
    ],
    roles=[("the Secretary of State", "henry_kissinger"), ("The new President", "gerald_ford")],
)

A["dev_4402_mubarak_hussein_amman"] = dict(
    actors={"hosni_mubarak": ["President Hosni Mubarak", "Hosni Mubarak", "Mubarak"],
            "king_hussein": ["King Hussein", "Hussein"], "shimon_peres": ["Israeli Prime Minister Shimon Peres", "Shimon Peres", "Peres"]},
    meetings=[
        M(["hosni_mubarak", "king_hussein"], "1985-10-24", "Amman", IP, H,
          "CAIRO — President Hosni Mubarak met in Amman on Thursday with Jordan's King Hussein and strongly indicated that both Egypt and Jordan are anxious to revive the stalled efforts for peace in the Middle East."),
        # Not rows: the New York Times interview (media); "the monarch's visit to the United States" (no host named).
    ],
    roles=[("Israeli Prime Minister", "shimon_peres"), ("the monarch", "king_hussein")],
)

_BG = "Mubarak and Hussein held four hours of talks with Iraqi President Saddam Hussein on the Persian Gulf War."
A["test_4403_mubarak_hussein_baghdad"] = dict(
    actors={"hosni_mubarak": ["Egyptian President Hosni Mubarak", "Hosni Mubarak", "Mubarak"],
            "king_hussein": ["Jordan’s King Hussein", "King Hussein", "Hussein"],
            "saddam_hussein": ["Iraqi President Saddam Hussein", "Saddam Hussein"],
            "ronald_reagan": ["President Reagan"]},
    meetings=[
        M(["hosni_mubarak", "saddam_hussein"], "1985-03-18", "Baghdad", IP, H, _BG),
        M(["king_hussein", "saddam_hussein"], "1985-03-18", "Baghdad", IP, H, _BG),
        M(["hosni_mubarak", "king_hussein"], "1985-03-18", "Baghdad", IP, H, _BG),
        M(["hosni_mubarak", "king_hussein"], "1985-03-18", "Amman", IP, H,
          "Mubarak had arrived in Amman early Monday for his second meeting with King Hussein in less than two weeks and briefed the king on his talks last week with President Reagan and West European leaders about new Middle East peace initiatives."),
        M(["hosni_mubarak", "ronald_reagan"], None, None, IP, H,
          "Mubarak had arrived in Amman early Monday for his second meeting with King Hussein in less than two weeks and briefed the king on his talks last week with President Reagan and West European leaders about new Middle East peace initiatives.", False),
    ],
    roles=[("The Egyptian president", "hosni_mubarak"), ("the king", "king_hussein")],
)

A["dev_4404_gandhi_bhutto_islamabad"] = dict(
    actors={"rajiv_gandhi": ["Prime Minister Rajiv Gandhi", "Rajiv Gandhi", "Gandhi"],
            "benazir_bhutto": ["Prime Minister Benazir Bhutto", "Benazir Bhutto", "Bhutto"],
            "saarc": ["South Asian Assn. for Regional Cooperation"]},
    meetings=[
        M(["rajiv_gandhi", "benazir_bhutto"], None, "Islamabad", IP, P,
          "Prime Minister Rajiv Gandhi of India will meet in Islamabad, Pakistan, this week with Pakistan’s Prime Minister Benazir Bhutto to try to build upon the fragile peace between the two nations."),
    ],
    roles=[("Pakistan’s Prime Minister", "benazir_bhutto")],
)

A["dev_4405_clinton_yeltsin_vancouver"] = dict(
    actors={"bill_clinton": ["President Clinton", "Clinton"], "boris_yeltsin": ["Russian President Boris N. Yeltsin", "Boris N. Yeltsin", "Yeltsin"]},
    meetings=[
        M(["bill_clinton", "boris_yeltsin"], "1993-04-03", "Vancouver", IP, H,
          "VANCOUVER, Canada — President Clinton on Saturday offered a $1-billion aid package to Russian President Boris N. Yeltsin and vowed to mobilize world support for more assistance as the two leaders began the first U.S.-Russian summit ever to have no significant arms control issue on its agenda."),
        M(["bill_clinton", "boris_yeltsin"], "1993-04-04", "Vancouver", IP, P,
          "Clinton Meets With Yeltsin, Offers Russia $1 Billion in Aid : Summit: President pledges to mobilize world support for Moscow, the way U.S. assembled allies before Gulf War. Talks continue today.", False),
    ],
    roles=[("the beleaguered Kremlin leader", "boris_yeltsin"), ("the youthful American President", "bill_clinton")],
)

A["dev_4406_vancouver_summit_notebook"] = dict(
    actors={"bill_clinton": ["Clinton"], "boris_yeltsin": ["Yeltsin"], "alexander_rutskoi": ["Russian Vice President Alexander V. Rutskoi", "Alexander V. Rutskoi"],
            "al_gore": ["Vice President Al Gore", "Al Gore"], "barry_mccaffrey": ["Lt. Gen. Barry McCaffrey", "Barry McCaffrey"]},
    meetings=[
        M(["bill_clinton", "boris_yeltsin"], "1993-04-03", "Vancouver", IP, H,
          "At their dinner Saturday, Yeltsin said that he and Clinton had common ground in that they both came from peasant families."),
        # Not rows: the jog with McCaffrey (a military officer, not a political meeting; judgement).
    ],
    roles=[],
)

A["test_4407_clinton_yeltsin_summit_planned"] = dict(
    actors={"bill_clinton": ["President Bill Clinton", "Bill Clinton", "Mr Clinton"], "boris_yeltsin": ["Boris Yeltsin", "Mr Yeltsin"]},
    meetings=[
        # Two days (3 and 4 April) -> a range -> date null.
        M(["bill_clinton", "boris_yeltsin"], None, "Vancouver", IP, P,
          "WASHINGTON - President Bill Clinton and Boris Yeltsin, the Russian President, will hold a two-day summit in Vancouver, Canada in early April, writes Patrick Cockburn."),
    ],
    roles=[("the Russian President", "boris_yeltsin")],
)

A["dev_4408_clinton_yeltsin_moscow_maybe"] = dict(
    actors={"bill_clinton": ["President Clinton", "Clinton"], "boris_yeltsin": ["Russian President Boris N. Yeltsin", "Boris N. Yeltsin", "Yeltsin"],
            "warren_christopher": ["Secretary of State Warren Christopher", "Warren Christopher", "Christopher"],
            "dee_dee_myers": ["Press Secretary Dee Dee Myers", "Dee Dee Myers", "Myers"]},
    meetings=[
        M(["bill_clinton", "boris_yeltsin"], None, "Vancouver", IP, H,
          "Clinton and Yeltsin agreed when they met in Vancouver in April that they would get together again in Russia in the not-too-distant future."),
        # Announced, then denied ("Maybe") -> planned, optional.
        M(["bill_clinton", "boris_yeltsin"], None, "Moscow", IP, P,
          "WASHINGTON — President Clinton and Russian President Boris N. Yeltsin will meet at a Moscow summit later this year.", False),
        # At the G7 summit (multilateral) -> optional.
        M(["bill_clinton", "boris_yeltsin"], None, "Tokyo", IP, P,
          "Myers said Clinton and Yeltsin will meet in Tokyo in July at the economic summit of the so-called Group of Seven major industrial democracies.", False),
    ],
    roles=[("The Russian president", "boris_yeltsin"), ("the secretary of state", "warren_christopher"), ("The press secretary", "dee_dee_myers")],
)

A["dev_4409_talboys_huang_hua_peking"] = dict(
    actors={"brian_talboys": ["Mr Taiboysj", "Mr Taiboys"], "takeo_fukuda": ["Mr Takeo Fukuda", "Takeo Fukuda", "Mr Fukuda"],
            "huang_hua": ["Mr Huang Hua", "Huang Hua", "Mr Huang"]},
    meetings=[
        M(["brian_talboys", "huang_hua"], "1977-10-26", "Peking", IP, H,
          "In Peking, during a twohour discussion with the Chinese Minister of Foreign Affairs (Mr Huang Hua), Mr Taiboys said that the higher level of Russian trade “in no way” changed New Zealand’s attitudes and policies toward China."),
        # Place of the Fukuda meeting not stated (Tokyo implied only) -> null; day not stated -> null.
        M(["brian_talboys", "takeo_fukuda"], None, None, IP, H,
          "Japan’s Prime Minister (Mr Takeo Fukuda) refused in a last-minute meeting with Mr Taiboys to agree to special treatment for New Zealand."),
    ],
    roles=[("the Minister of Foreign Affairs", "brian_talboys"), ("Japan’s Prime Minister", "takeo_fukuda"),
           ("the Chinese Minister of Foreign Affairs", "huang_hua")],
)

A["dev_4410_muldoon_suzuki_tokyo"] = dict(
    actors={"robert_muldoon": ["Mr Muldoon"], "zenko_suzuki": ["Mr Zenko Suzuki", "Zenko Suzuki"]},
    meetings=[
        M(["robert_muldoon", "zenko_suzuki"], "1981-04-17", "Tokyo", IP, H,
          "Yesterday he spent 60 minutes with his Japanese counterpart, Mr Zenko Suzuki, and emerged satisfied that the two countries are in accord on most international issues."),
        # Not rows: "meetings with leading Japanese politicians" (unnamed).
    ],
    roles=[("the Prime Minister", "robert_muldoon"), ("his Japanese counterpart", "zenko_suzuki")],
)

A["test_4411_sadat_begin_ismailia"] = dict(
    actors={"anwar_sadat": ["Mr Anwar Sadat", "President Sadat", "Mr Sadat"], "menachem_begin": ["Mr Menachem Begin", "Mr Begin"],
            "jimmy_carter": ["President Carter"], "esmat_abdel_maguid": ["Dr Esmat Abdel Maguid", "Dr Maguid"]},
    meetings=[
        M(["anwar_sadat", "menachem_begin"], "1977-12-25", "Ismailia", IP, P,
          "News that the two leaders would meet next Sunday at Ismaiiia on the Suez Canal came as Egyptian and Israeli legal experts met again after a three-day recess to try to hammer out an agenda for Geneva."),
        M(["menachem_begin", "jimmy_carter"], None, "Washington", IP, H,
          "The summit meeting which also coincides with Mr Sadat’s 59th birthday, is expected to cover the new Israeli peace proposals, which Mr Begin discussed with President Carter in Washington last week-end."),
        # Not rows: the experts' talks (unnamed); Sadat's visit to Jerusalem (no counterpart named);
        # Maguid's television interview (media).
    ],
    roles=[("the Egyptian President", "anwar_sadat"), ("the Israeli Prime Minister", "menachem_begin"),
           ("The chief Egyptian delegate", "esmat_abdel_maguid")],
)

_SP = ("Well-informed sources, speaking after the 50-minute meeting between the two leaders at Aswan, said Mr Sadat was planning "
       "separate meetings in Aswan this month with King Hussein of Jordan, the Shah of Iran, and King Hassan of Morocco.")
A["dev_4412_sadat_carter_aswan"] = dict(
    actors={"anwar_sadat": ["President Anwar Sadat", "Anwar Sadat", "President Sadat", "Mr Sadat"],
            "jimmy_carter": ["President Jimmy Carter", "Jimmy Carter", "President Carter", "Mr Carter"],
            "king_hussein": ["King Hussein of Jordan", "King Hussein"], "shah_of_iran": ["the Shah of Iran"],
            "king_hassan": ["King Hassan of Morocco", "King Hassan"], "menachem_begin": ["Mr Menachem Begin"]},
    meetings=[
        M(["anwar_sadat", "jimmy_carter"], "1978-01-05", "Aswan", IP, H, _SP),
        M(["anwar_sadat", "king_hussein"], None, "Aswan", IP, P, _SP),
        M(["anwar_sadat", "shah_of_iran"], None, "Aswan", IP, P, _SP),
        M(["anwar_sadat", "king_hassan"], None, "Aswan", IP, P, _SP),
    ],
    roles=[("The Israeli Prime Minister", "menachem_begin")],
)
