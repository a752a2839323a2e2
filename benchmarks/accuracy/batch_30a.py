"""Accuracy corpus, batch 30a: 5 new articles from the 1970s (1), 1980s (2) and 1990s (2).

Picks (under a 40-minute limit; most candidates of this session's queries were already in the
corpus, see batch_30a_NOTES.md): 1970s Latin America (Time: Carter and Lopez Portillo's luncheon
toasts, 1979); 1980s Middle East (Los Angeles Times via a mirror: the Washington Post's report of
secret Assad-Saddam talks in Jordan, 1987) and Western Europe (The Christian Science Monitor:
Giscard and Schmidt before the 1980 state visit); 1990s Middle East (Los Angeles Times: Rafsanjani
in Damascus, 1991) and Africa (Los Angeles Times: the Chissano-Dhlakama accord in Rome, 1992).
Fewer articles than the 11 asked for: the brief allows fewer articles, fully annotated, and most
candidates found in the time were duplicates of corpus stories (the notes list them).
Collected with `search` (corpus `pages`), annotated from the texts alone; the package was not run.

Split rule (fixed before annotating): numbered 1..5 in the order first found in this session's
search results (query order, then rank), pages already in the corpus skipped before numbering;
positions 3, 7 and 11 are test, all others dev (here only position 3 exists). Ids:
`dev_58NN_<slug>` / `test_58NN_<slug>`.

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
"""

from annotations import H, IP, M, P, PH, VID  # noqa: F401

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Page line "April 28, 1991|From Times Wire Services" and the URL (/1991-04-28/), a Sunday;
    # "Saturday" = 1991-04-27.
    ("dev_5801_assad_rafsanjani_damascus", "Middle East", "1990s", "Los Angeles Times (Times Wire Services)", "http://articles.latimes.com/1991-04-28/news/mn-1580_1_peace-initiative", "1991-04-28"),
    # No date in the text; from the URL path of the mirrored LA Times archive page
    # (/archives/la-xpm-1987-05-05-...), a Tuesday. "reported Monday" = 1987-05-04; the talks were
    # "last week" -> date null.
    ("dev_5802_assad_saddam_jordan_secret", "Middle East", "1980s", "Los Angeles Times (archive page, mirror vinapk.com)", "https://vinapk.com/archives/la-xpm-1987-05-05-mn-4063-story.html", "1987-05-05"),
    # Byline line "/ July 3, 1980" and the URL (/1980/0703/), a Thursday. The state visit is a
    # range ("July 7 to 11") -> date null.
    ("test_5803_giscard_schmidt_state_visit", "Western Europe", "1980s", "The Christian Science Monitor", "http://www.csmonitor.com/1980/0703/070353.html", "1980-07-03"),
    # No date line in the excerpt; from the URL (/archives/la-xpm-1992-08-08-...), a Saturday;
    # "Friday" = 1992-08-07.
    ("dev_5804_chissano_dhlakama_rome", "Africa", "1990s", "Los Angeles Times (Times Wire Services)", "https://www.latimes.com/archives/la-xpm-1992-08-08-mn-4694-story.html", "1992-08-08"),
    # Issue date "Monday, Feb. 26, 1979" on the page (and the path /Time1979/1979-02-26/). The
    # luncheon has no day in the text -> null.
    ("dev_5805_carter_lopez_portillo_toasts", "Latin America", "1970s", "Time (magazine archive, text mirror)", "http://610211.6jhxt.group/txt/time/Time1979/1979-02-26/920146.html", "1979-02-26"),
]

A = {}

_AR = "The two leaders went to Assad's palace for a private lunch and met again for dinner."
A["dev_5801_assad_rafsanjani_damascus"] = dict(
    actors={"hafez_al_assad": ["Syrian President Hafez Assad", "Hafez Assad", "Assad"],
            "akbar_hashemi_rafsanjani": ["Iranian President Hashemi Rafsanjani", "Hashemi Rafsanjani", "Rafsanjani"],
            "george_h_w_bush": ["President Bush", "Bush"],
            "james_baker": ["Secretary of State James A. Baker III", "James A. Baker III", "Baker"]},
    meetings=[
        # Arrival embrace, banquet ("Saturday"), private lunch and dinner: the same pair, day and
        # place -> one row, held, 1991-04-27, Damascus (dateline).
        M(["hafez_al_assad", "akbar_hashemi_rafsanjani"], "1991-04-27", "Damascus", IP, H, _AR),
        # Not rows: Bush's "personal assurance" (how it was given is not said; no meeting stated);
        # Baker's ended peace mission (no counterpart named); the hostages' issue "one of the main
        # topics of discussion" (same visit).
    ],
    roles=[("the Iranian leader", "akbar_hashemi_rafsanjani")],
)

_AS1 = "The leaders of Syria and Iraq, two longtime foes, held two days of talks last week at secret meetings hosted by Jordan’s King Hussein, the Washington Post reported Monday."
A["dev_5802_assad_saddam_jordan_secret"] = dict(
    actors={"hafez_al_assad": ["Syrian President Hafez Assad", "Hafez Assad", "Assad"],
            "saddam_hussein": ["Iraqi President Saddam Hussein", "Saddam Hussein"],
            "hussein_bin_talal": ["Jordan’s King Hussein", "King Hussein"],
            "mikhail_gorbachev": ["Soviet leader Mikhail S. Gorbachev", "Mikhail S. Gorbachev"],
            "washington_post": ["Washington Post", "the Post", "Post"]},
    meetings=[
        # "two days of talks last week" in Jordan -> held, date null ("last week", a range), place
        # Jordan (the text gives two possible sites, an air base in northern Jordan or Jufur; the
        # country is the most specific certain place).
        M(["hafez_al_assad", "saddam_hussein"], None, "Jordan", IP, H, _AS1),
        # The meetings were "hosted by" King Hussein: his own talks with either leader are not
        # stated -> two host rows, required false.
        M(["hussein_bin_talal", "hafez_al_assad"], None, "Jordan", IP, H, _AS1, False),
        M(["hussein_bin_talal", "saddam_hussein"], None, "Jordan", IP, H, _AS1, False),
        # "he had met with ... Gorbachev" in Moscow -> held, Moscow, date null.
        M(["hafez_al_assad", "mikhail_gorbachev"], None, "Moscow", IP, H,
          "The talks between Syrian President Hafez Assad and Iraqi President Saddam Hussein were held in Jordan immediately after Assad returned from Moscow, where he had met with Soviet leader Mikhail S. Gorbachev, the Post said."),
        # Not rows: "have not met publicly since 1979" (a statement about the past, no meeting).
    ],
    roles=[("the newspaper", "washington_post")],
)

A["test_5803_giscard_schmidt_state_visit"] = dict(
    actors={"helmut_schmidt": ["Chancellor Helmut Schmidt", "Helmut Schmidt", "Chancellor Schmidt", "Mr. Schmidt", "Schmidt", "Helmut"],
            "valery_giscard_d_estaing": ["French President Valery Giscard d'Estaing", "Valery Giscard d'Estaing", "Mr. Giscard d'Estaing", "Giscard d'Estaing", "Giscard", "Valery"],
            "loki_schmidt": ["Mrs. Schmidt"]},
    meetings=[
        # The anecdote: "When Giscard visited the chancellor at his house in Hamburg" -> held,
        # Hamburg, date null (no time given; a past visit).
        M(["valery_giscard_d_estaing", "helmut_schmidt"], None, "Hamburg", IP, H,
          "\"When Giscard visited the chancellor at his house in Hamburg, he took off his coat.\""),
        # The state visit "July 7 to 11" -> planned, West Germany, date null (a range); the text
        # names no host or talks of the tour, only that it will honour the two men's relationship
        # -> required false.
        M(["valery_giscard_d_estaing", "helmut_schmidt"], None, "West Germany", IP, P,
          "This \"anecdote\" says worlds about the special relationship that now guides Europe and will be honored in a gala Giscard tour of West Germany July 7 to 11 -- the first French state visit here in 18 years.", False),
        # Not rows: the "semiannual (at least) tete-a-tetes and frequent phone conversations"
        # (counts, no specific meeting); the spokesman asked for an anecdote (unnamed).
    ],
    roles=[("the chancellor", "helmut_schmidt"), ("his boss", "helmut_schmidt"),
           ("French President", "valery_giscard_d_estaing")],
)

_CD = "Mozambique President Joaquim Chissano and rebel leader Afonso Dhlakama sealed an accord Friday to end 16 years of civil war by Oct. 1, ending three days of talks with an emotional embrace."
_MG = "“This is a historic day for the people of Mozambique and Africa. . . . Please, no more deaths. No more war,” Zimbabwe President Robert Mugabe, who brought the two foes together for the first time, said after the signing ceremony."
A["dev_5804_chissano_dhlakama_rome"] = dict(
    actors={"joaquim_chissano": ["Mozambique President Joaquim Chissano", "Joaquim Chissano", "Chissano"],
            "afonso_dhlakama": ["rebel leader Afonso Dhlakama", "Afonso Dhlakama", "Dhlakama"],
            "robert_mugabe": ["Zimbabwe President Robert Mugabe", "Robert Mugabe", "Mugabe"],
            "roland_rowland": ["British businessman Roland Rowland", "Roland Rowland", "Rowland"],
            "lonrho": ["Lonrho"],
            "renamo": ["Renamo", "Mozambique National Resistance"],
            "catholic_church": ["Roman Catholic Church"]},
    meetings=[
        # The accord sealed "Friday" with an embrace at the end of three days of talks -> one held
        # row dated to the signing day 1992-08-07 (the day the two met to seal it; the talks as a
        # whole are a range); place Rome ("to meet ... in Rome", "flew to Rome"; no dateline).
        M(["joaquim_chissano", "afonso_dhlakama"], "1992-08-07", "Rome", IP, H, _CD),
        # Mugabe "brought the two foes together" and spoke after the signing ceremony -> present as
        # broker; his own talks with either are not stated -> required false.
        M(["robert_mugabe", "joaquim_chissano"], "1992-08-07", "Rome", IP, H, _MG, False),
        M(["robert_mugabe", "afonso_dhlakama"], "1992-08-07", "Rome", IP, H, _MG, False),
        # Not rows: the brokers (countries, the Church, Rowland: no meeting stated); Mugabe having
        # "persuaded Chissano" (the persuasion itself is not reported as a meeting, no time given);
        # Dhlakama's flight in Rowland's jet (travel, not a meeting).
    ],
    roles=[("the shadowy, bush-based rebel leader", "afonso_dhlakama"),
           ("chief executive of the British conglomerate Lonrho", "roland_rowland")],
)

A["dev_5805_carter_lopez_portillo_toasts"] = dict(
    actors={"jimmy_carter": ["Jimmy Carter", "Carter"],
            "jose_lopez_portillo": ["Mexico's President Jose LOpez Portillo", "Jose LOpez Portillo", "LOpez Portillo"],
            "james_schlesinger": ["U.S. Energy Secretary James Schlesinger", "James Schlesinger"],
            "rosalynn_carter": ["Rosalynn Carter"]},
    meetings=[
        # The luncheon at the start of Carter's three-day trip (Lopez Portillo "welcomes Carter")
        # -> held, date null (no day in the text), place Mexico (the deck "Mexico's LOpez Portillo
        # welcomes Carter" and "across the border"; the city of the luncheon is not stated: Mexico
        # City appears only for Carter's 1960s visit and for the praise of the speech).
        M(["jimmy_carter", "jose_lopez_portillo"], None, "Mexico", IP, H,
          "Mexico's President Jose LOpez Portillo, a sharp-tongued former law professor, was turning a luncheon toast into an emotional lecture on what he saw as the U.S. practice of viewing its neighbor with a \"mixture of interest, disdain and fear.\""),
        # Not rows: Schlesinger's broken-off negotiations (no counterpart named); Carter's visit to
        # Mexico City in the 1960s (no one met); Rosalynn Carter seated beside her husband (spouse,
        # not a participant).
    ],
    roles=[("the Mexican President", "jose_lopez_portillo"), ("her husband", "jimmy_carter")],
)
