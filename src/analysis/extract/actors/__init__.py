"""Actors: the registry, mention detection in a parsed article, and resolution to canonical actors.

Resolution runs in this order, and each mention records its step in `method`:

1. `registry`: alias matches (case-aware token patterns) from the actor registry.
2. `ner`: spaCy entity spans the registry does not cover, cleaned of possessives, credits,
   run-together names and non-names.
3. `coref`: a surname alone resolves to the full name used in the same article.
4. `fuzzy`: transliteration- and typo-aware matching of the remaining names against the
   registry and against each other across the corpus (the corpus-level reduce, `resolve_names`).
5. `role`: "the Russian leader", "his Belarusian counterpart" resolved by the registry's dated roles.

Steps 1-3 and 5 depend only on one article and the registry (the per-article map); step 4 needs
the whole corpus.

Modules: `registry` (the registry in memory), `loading` (its files and their schema), `lexicon`
(the word lists, from `data/actor_lexicon.yaml`), `names` (name folding and entity cleaning),
`mentions` (the per-article map), `merging` (the corpus-level reduce).
"""

from analysis.extract.actors.lexicon import (
    CREDIT_SEPARATORS,
    DETERMINERS,
    LEADER_TITLES,
    NAME_SUFFIX_RULES,
    NON_NAMES,
    ORG_WORDS,
    PERSON_TITLES,
    ROLE_WORDS,
    SPEECH_VERBS,
    TRANSLITERATION_RULES,
)
from analysis.extract.actors.loading import RegistryError, load_registry
from analysis.extract.actors.mention import Mention
from analysis.extract.actors.mentions import NER_LABEL_TYPES, TYPE_LABELS, MentionFinder
from analysis.extract.actors.merging import resolve_names
from analysis.extract.actors.names import (
    FUZZY_MIN_LENGTH,
    FUZZY_THRESHOLD,
    clean_entity,
    first_names_compatible,
    normalize_name,
    slug,
)
from analysis.extract.actors.registry import ACTOR_TYPES, Registry, RegistryActor, Role

__all__ = [
    "ACTOR_TYPES", "CREDIT_SEPARATORS", "DETERMINERS", "FUZZY_MIN_LENGTH", "FUZZY_THRESHOLD",
    "LEADER_TITLES", "NAME_SUFFIX_RULES", "NER_LABEL_TYPES", "NON_NAMES", "ORG_WORDS",
    "PERSON_TITLES", "ROLE_WORDS", "SPEECH_VERBS", "TRANSLITERATION_RULES", "TYPE_LABELS",
    "Mention", "MentionFinder", "Registry", "RegistryActor", "RegistryError", "Role",
    "clean_entity", "first_names_compatible", "load_registry", "normalize_name", "resolve_names",
    "slug",
]
