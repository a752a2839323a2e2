"""Tests for the boilerplate rules file (`data/boilerplate.yaml`) and its schema."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from analysis.extract.corpus import LINE_PATTERNS
from analysis.extract.corpus.schema import BOILERPLATE_FILE, BoilerplateRules, boilerplate_rules
from analysis.extract.rules import RulesError, load_rules, packaged_path, read_yaml

FAMILIES = ["breadcrumb", "promo", "legal_notice", "photo_caption", "byline", "cable_header"]


def packaged_data() -> dict:
    return copy.deepcopy(read_yaml(packaged_path(BOILERPLATE_FILE)))


def rules_error(tmp_path: Path, data: dict) -> str:
    """The message of the `RulesError` that loading `data` from a file gives."""
    path = tmp_path / "boilerplate.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RulesError) as caught:
        load_rules(BoilerplateRules, path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    return message


def test_packaged_file_validates():
    rules = load_rules(BoilerplateRules, packaged_path(BOILERPLATE_FILE))
    assert [family.name for family in rules.families] == FAMILIES
    assert all(family.patterns for family in rules.families)
    assert "posted on" in rules.dateline.labels


def test_rules_are_loaded_once_and_used_by_the_cleaner():
    assert boilerplate_rules() is boilerplate_rules()
    assert list(LINE_PATTERNS) == FAMILIES
    assert [p.pattern for p in LINE_PATTERNS["promo"]] == boilerplate_rules().families[1].patterns


def test_a_valid_copy_loads(tmp_path):
    path = tmp_path / "boilerplate.yaml"
    path.write_text(yaml.safe_dump(packaged_data(), allow_unicode=True), encoding="utf-8")
    assert load_rules(BoilerplateRules, path) == boilerplate_rules()


def test_unknown_key_names_file_entry_and_field(tmp_path):
    data = packaged_data()
    data["families"][1]["colour"] = "red"
    message = rules_error(tmp_path, data)
    assert "families, entry 2 ('promo'), field 'colour'" in message
    assert "Extra inputs are not permitted" in message


def test_unknown_top_level_key_is_named(tmp_path):
    data = packaged_data()
    data["navigation_words"] = ["home"]
    message = rules_error(tmp_path, data)
    assert message.endswith(": field 'navigation_words': Extra inputs are not permitted")


def test_wrong_type_names_file_entry_and_field(tmp_path):
    data = packaged_data()
    data["families"][4]["max_words"] = "twelve"
    message = rules_error(tmp_path, data)
    assert "families, entry 5 ('byline'), field 'max_words'" in message


def test_wrong_type_in_a_word_list_is_named(tmp_path):
    data = packaged_data()
    data["dateline"]["labels"] = "published"
    message = rules_error(tmp_path, data)
    assert "dateline, field 'labels'" in message


def test_invalid_regex_names_file_entry_and_field(tmp_path):
    data = packaged_data()
    data["families"][3]["patterns"].append(r"(?i)\bphoto(")
    message = rules_error(tmp_path, data)
    assert "families, entry 4 ('photo_caption'), field 'patterns', entry 6" in message
    assert "not a regular expression" in message


def test_invalid_single_regex_is_named(tmp_path):
    data = packaged_data()
    data["bullet_item"] = r"^\s*[•"
    message = rules_error(tmp_path, data)
    assert "field 'bullet_item'" in message
    assert "not a regular expression" in message


def test_family_listed_twice_is_an_error(tmp_path):
    data = packaged_data()
    data["families"].append(copy.deepcopy(data["families"][0]))
    assert "family 'breadcrumb' is listed twice" in rules_error(tmp_path, data)


def test_missing_field_is_named(tmp_path):
    data = packaged_data()
    del data["families"][0]["max_words"]
    message = rules_error(tmp_path, data)
    assert "families, entry 1 ('breadcrumb'), field 'max_words'" in message
