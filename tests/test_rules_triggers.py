"""The trigger lexicon file: the packaged one validates, a malformed one says where it is wrong."""

from pathlib import Path

import pytest
import yaml

from analysis.extract.events.lexicon import TriggerRules, load_lexicon
from analysis.extract.rules import RulesError, load_rules, packaged_path, read_yaml


def test_packaged_triggers_validate_and_cover_the_meeting_kinds():
    lexicon = load_lexicon()
    assert lexicon.verbs["meet"].kind == "meet" and lexicon.nouns["visit"].cameo == "042"
    assert set(lexicon.meeting_kinds.values()) == {"in_person", "phone", "video"}
    assert lexicon.channel_triggers["phone"].cameo == "041"


def _broken(tmp_path: Path, change) -> Path:
    data = read_yaml(packaged_path("triggers.yaml"))
    change(data)
    path = tmp_path / "triggers.yaml"
    path.write_text(yaml.safe_dump(data), "utf-8")
    return path


@pytest.mark.parametrize("change, where", [
    (lambda d: d["verbs"][0].update(mood="x"), ["verbs", "entry 1 ('meet')", "'mood'"]),
    (lambda d: d["verbs"][1].update(cameo=40), ["verbs", "entry 2 ('talk')", "'cameo'"]),
    (lambda d: d["nouns"][0].update(cameo="4O"), ["nouns", "entry 1 ('meeting')", "'cameo'"]),
    (lambda d: d["verbs"][2].update(kind="chat"), ["verbs", "entry 3 ('negotiate')", "'kind'",
                                                  "'chat'"]),
    (lambda d: d["verbs"].append(dict(d["verbs"][0])), ["verbs", "'meet' is listed twice"]),
    (lambda d: d.update(pair_subject_pattern="(the"), ["pair_subject_pattern",
                                                       "not a regular expression"]),
    (lambda d: d.update(plan_words="agree"), ["plan_words"]),
    (lambda d: d["joint_verbs"].append("concur"), ["joint_verbs", "'concur' is not one of"]),
])
def test_a_malformed_triggers_file_names_file_entry_and_field(tmp_path, change, where):
    path = _broken(tmp_path, change)
    with pytest.raises(RulesError) as raised:
        load_rules(TriggerRules, path)
    message = str(raised.value)
    assert "\n" not in message and message.startswith(str(path))
    for part in where:
        assert part in message, message


def test_a_file_that_is_not_utf8_or_not_yaml_is_one_line(tmp_path):
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("kinds: [réunion]".encode("latin-1"))
    broken = tmp_path / "broken.yaml"
    broken.write_text("kinds: [meet\nverbs: {", "utf-8")
    for path, words in ((latin, "not UTF-8"), (broken, "line")):
        with pytest.raises(RulesError, match=words):
            load_rules(TriggerRules, path)


def test_an_alias_bomb_is_refused_quickly(tmp_path):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines), "utf-8")
    with pytest.raises(RulesError, match="aliases expand"):
        read_yaml(path)
