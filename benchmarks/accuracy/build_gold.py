"""Build gold_dev.json, gold_test.json, corpus/metadata.csv and sources.csv from
articles_meta.py, annotations.py and the batch modules (the whole corpus's gold is the two split
files read together).  Run: python3 build_gold.py"""
import csv
import json
from pathlib import Path

from annotations import A as A_FIRST
from articles_meta import ARTICLES as ARTICLES_FIRST
from batch_2a import A as A_2A
from batch_2a import ARTICLES as ARTICLES_2A
from batch_2b import A as A_2B
from batch_2b import ARTICLES as ARTICLES_2B
from batch_3a import A as A_3A
from batch_3a import ARTICLES as ARTICLES_3A
from batch_3b import A as A_3B
from batch_3b import ARTICLES as ARTICLES_3B
from batch_4a import A as A_4A
from batch_4a import ARTICLES as ARTICLES_4A
from batch_5a import A as A_5A
from batch_5a import ARTICLES as ARTICLES_5A
from batch_5b import A as A_5B
from batch_5b import ARTICLES as ARTICLES_5B
from batch_5c import A as A_5C
from batch_5c import ARTICLES as ARTICLES_5C
from batch_5d import A as A_5D
from batch_5d import ARTICLES as ARTICLES_5D
from batch_6a import A as A_6A
from batch_6a import ARTICLES as ARTICLES_6A
from batch_6b import A as A_6B
from batch_6b import ARTICLES as ARTICLES_6B
from batch_7a import A as A_7A
from batch_7a import ARTICLES as ARTICLES_7A
from batch_7b import A as A_7B
from batch_7b import ARTICLES as ARTICLES_7B
from batch_8a import A as A_8A
from batch_8a import ARTICLES as ARTICLES_8A
from batch_8b import A as A_8B
from batch_8b import ARTICLES as ARTICLES_8B
from batch_9a import A as A_9A
from batch_9a import ARTICLES as ARTICLES_9A
from batch_9b import A as A_9B
from batch_9b import ARTICLES as ARTICLES_9B
from batch_10a import A as A_10A
from batch_10a import ARTICLES as ARTICLES_10A
from batch_10b import A as A_10B
from batch_10b import ARTICLES as ARTICLES_10B
from batch_11a import A as A_11A
from batch_11a import ARTICLES as ARTICLES_11A
from batch_11b import A as A_11B
from batch_11b import ARTICLES as ARTICLES_11B
from batch_12a import A as A_12A
from batch_12a import ARTICLES as ARTICLES_12A
from batch_12b import A as A_12B
from batch_12b import ARTICLES as ARTICLES_12B
from batch_13a import A as A_13A
from batch_13a import ARTICLES as ARTICLES_13A
from batch_13b import A as A_13B
from batch_13b import ARTICLES as ARTICLES_13B
from batch_14a import A as A_14A
from batch_14a import ARTICLES as ARTICLES_14A
from batch_14b import A as A_14B
from batch_14b import ARTICLES as ARTICLES_14B
from batch_15a import A as A_15A
from batch_15a import ARTICLES as ARTICLES_15A
from batch_15b import A as A_15B
from batch_15b import ARTICLES as ARTICLES_15B
from batch_16a import A as A_16A
from batch_16a import ARTICLES as ARTICLES_16A
from batch_16b import A as A_16B
from batch_16b import ARTICLES as ARTICLES_16B
from batch_17a import A as A_17A
from batch_17a import ARTICLES as ARTICLES_17A
from batch_17b import A as A_17B
from batch_17b import ARTICLES as ARTICLES_17B
from batch_18a import A as A_18A
from batch_18a import ARTICLES as ARTICLES_18A
from batch_18b import A as A_18B
from batch_18b import ARTICLES as ARTICLES_18B
from batch_19a import A as A_19A
from batch_19a import ARTICLES as ARTICLES_19A
from batch_19b import A as A_19B
from batch_19b import ARTICLES as ARTICLES_19B
from batch_20a import A as A_20A
from batch_20a import ARTICLES as ARTICLES_20A
from batch_20b import A as A_20B
from batch_20b import ARTICLES as ARTICLES_20B
from batch_21a import A as A_21A
from batch_21a import ARTICLES as ARTICLES_21A
from batch_21b import A as A_21B
from batch_21b import ARTICLES as ARTICLES_21B
from batch_22a import A as A_22A
from batch_22a import ARTICLES as ARTICLES_22A
from batch_22b import A as A_22B
from batch_22b import ARTICLES as ARTICLES_22B
from batch_23a import A as A_23A
from batch_23a import ARTICLES as ARTICLES_23A
from batch_23b import A as A_23B
from batch_23b import ARTICLES as ARTICLES_23B
from batch_24a import A as A_24A
from batch_24a import ARTICLES as ARTICLES_24A
from batch_24b import A as A_24B
from batch_24b import ARTICLES as ARTICLES_24B
from batch_25a import A as A_25A
from batch_25a import ARTICLES as ARTICLES_25A
from batch_25b import A as A_25B
from batch_25b import ARTICLES as ARTICLES_25B
from batch_26a import A as A_26A
from batch_26a import ARTICLES as ARTICLES_26A
from batch_26b import A as A_26B
from batch_26b import ARTICLES as ARTICLES_26B
from batch_27a import A as A_27A
from batch_27a import ARTICLES as ARTICLES_27A
from batch_27b import A as A_27B
from batch_27b import ARTICLES as ARTICLES_27B
from batch_28a import A as A_28A
from batch_28a import ARTICLES as ARTICLES_28A
from batch_28b import A as A_28B
from batch_28b import ARTICLES as ARTICLES_28B
from batch_29a import A as A_29A
from batch_29a import ARTICLES as ARTICLES_29A
from batch_29b import A as A_29B
from batch_29b import ARTICLES as ARTICLES_29B
from batch_30a import A as A_30A
from batch_30a import ARTICLES as ARTICLES_30A
from batch_30b import A as A_30B
from batch_30b import ARTICLES as ARTICLES_30B
from batch_31a import A as A_31A
from batch_31a import ARTICLES as ARTICLES_31A
from batch_31b import A as A_31B
from batch_31b import ARTICLES as ARTICLES_31B
from batch_32a import A as A_32A
from batch_32a import ARTICLES as ARTICLES_32A
from batch_32b import A as A_32B
from batch_32b import ARTICLES as ARTICLES_32B
from batch_33a import A as A_33A
from batch_33a import ARTICLES as ARTICLES_33A
from batch_33b import A as A_33B
from batch_33b import ARTICLES as ARTICLES_33B
from batch_34a import A as A_34A
from batch_34a import ARTICLES as ARTICLES_34A
from batch_34b import A as A_34B
from batch_34b import ARTICLES as ARTICLES_34B
from batch_35a import A as A_35A
from batch_35a import ARTICLES as ARTICLES_35A
from batch_35b import A as A_35B
from batch_35b import ARTICLES as ARTICLES_35B
from batch_36a import A as A_36A
from batch_36a import ARTICLES as ARTICLES_36A
from batch_36b import A as A_36B
from batch_36b import ARTICLES as ARTICLES_36B
from batch_37a import A as A_37A
from batch_37a import ARTICLES as ARTICLES_37A
from batch_37b import A as A_37B
from batch_37b import ARTICLES as ARTICLES_37B
from batch_38a import A as A_38A
from batch_38a import ARTICLES as ARTICLES_38A
from batch_38b import A as A_38B
from batch_38b import ARTICLES as ARTICLES_38B
from batch_39a import A as A_39A
from batch_39a import ARTICLES as ARTICLES_39A
from batch_39b import A as A_39B
from batch_39b import ARTICLES as ARTICLES_39B
from batch_40a import A as A_40A
from batch_40a import ARTICLES as ARTICLES_40A
from batch_40b import A as A_40B
from batch_40b import ARTICLES as ARTICLES_40B
from batch_41a import A as A_41A
from batch_41a import ARTICLES as ARTICLES_41A
from batch_41b import A as A_41B
from batch_41b import ARTICLES as ARTICLES_41B
from batch_42a import A as A_42A
from batch_42a import ARTICLES as ARTICLES_42A
from batch_42b import A as A_42B
from batch_42b import ARTICLES as ARTICLES_42B
from batch_43a import A as A_43A
from batch_43a import ARTICLES as ARTICLES_43A
from batch_43b import A as A_43B
from batch_43b import ARTICLES as ARTICLES_43B
from batch_44a import A as A_44A
from batch_44a import ARTICLES as ARTICLES_44A
from batch_44b import A as A_44B
from batch_44b import ARTICLES as ARTICLES_44B
from batch_45a import A as A_45A
from batch_45a import ARTICLES as ARTICLES_45A
from batch_45b import A as A_45B
from batch_45b import ARTICLES as ARTICLES_45B
from batch_46a import A as A_46A
from batch_46a import ARTICLES as ARTICLES_46A
from batch_46b import A as A_46B
from batch_46b import ARTICLES as ARTICLES_46B
from batch_47a import A as A_47A
from batch_47a import ARTICLES as ARTICLES_47A
from batch_47b import A as A_47B
from batch_47b import ARTICLES as ARTICLES_47B
from batch_48a import A as A_48A
from batch_48a import ARTICLES as ARTICLES_48A
from batch_48b import A as A_48B
from batch_48b import ARTICLES as ARTICLES_48B
from batch_49a import A as A_49A
from batch_49a import ARTICLES as ARTICLES_49A
from batch_49b import A as A_49B
from batch_49b import ARTICLES as ARTICLES_49B
from batch_50a import A as A_50A
from batch_50a import ARTICLES as ARTICLES_50A
from batch_50b import A as A_50B
from batch_50b import ARTICLES as ARTICLES_50B
from batch_51a import A as A_51A
from batch_51a import ARTICLES as ARTICLES_51A
from batch_51b import A as A_51B
from batch_51b import ARTICLES as ARTICLES_51B
from batch_52a import A as A_52A
from batch_52a import ARTICLES as ARTICLES_52A
from batch_52b import A as A_52B
from batch_52b import ARTICLES as ARTICLES_52B
from batch_53a import A as A_53A
from batch_53a import ARTICLES as ARTICLES_53A
from batch_53b import A as A_53B
from batch_53b import ARTICLES as ARTICLES_53B
from batch_54a import A as A_54A
from batch_54a import ARTICLES as ARTICLES_54A
from batch_54b import A as A_54B
from batch_54b import ARTICLES as ARTICLES_54B
from batch_55a import A as A_55A
from batch_55a import ARTICLES as ARTICLES_55A
from batch_55b import A as A_55B
from batch_55b import ARTICLES as ARTICLES_55B
from batch_56a import A as A_56A
from batch_56a import ARTICLES as ARTICLES_56A
from batch_56b import A as A_56B
from batch_56b import ARTICLES as ARTICLES_56B
from batch_57a import A as A_57A
from batch_57a import ARTICLES as ARTICLES_57A
from batch_57b import A as A_57B
from batch_57b import ARTICLES as ARTICLES_57B
from batch_58a import A as A_58A
from batch_58a import ARTICLES as ARTICLES_58A
from batch_58b import A as A_58B
from batch_58b import ARTICLES as ARTICLES_58B
from batch_59a import A as A_59A
from batch_59a import ARTICLES as ARTICLES_59A
from batch_59b import A as A_59B
from batch_59b import ARTICLES as ARTICLES_59B
from batch_60a import A as A_60A
from batch_60a import ARTICLES as ARTICLES_60A
from batch_60b import A as A_60B
from batch_60b import ARTICLES as ARTICLES_60B
from batch_61a import A as A_61A
from batch_61a import ARTICLES as ARTICLES_61A
from batch_61b import A as A_61B
from batch_61b import ARTICLES as ARTICLES_61B
from batch_62a import A as A_62A
from batch_62a import ARTICLES as ARTICLES_62A
from batch_62b import A as A_62B
from batch_62b import ARTICLES as ARTICLES_62B
from batch_63a import A as A_63A
from batch_63a import ARTICLES as ARTICLES_63A
from batch_63b import A as A_63B
from batch_63b import ARTICLES as ARTICLES_63B
from batch_64a import A as A_64A
from batch_64a import ARTICLES as ARTICLES_64A
from batch_64b import A as A_64B
from batch_64b import ARTICLES as ARTICLES_64B
from batch_65a import A as A_65A
from batch_65a import ARTICLES as ARTICLES_65A
from batch_65b import A as A_65B
from batch_65b import ARTICLES as ARTICLES_65B
from batch_66a import A as A_66A
from batch_66a import ARTICLES as ARTICLES_66A
from batch_66b import A as A_66B
from batch_66b import ARTICLES as ARTICLES_66B
from batch_67a import A as A_67A
from batch_67a import ARTICLES as ARTICLES_67A
from batch_67b import A as A_67B
from batch_67b import ARTICLES as ARTICLES_67B
from batch_68a import A as A_68A
from batch_68a import ARTICLES as ARTICLES_68A
from batch_68b import A as A_68B
from batch_68b import ARTICLES as ARTICLES_68B
from batch_69a import A as A_69A
from batch_69a import ARTICLES as ARTICLES_69A
from batch_69b import A as A_69B
from batch_69b import ARTICLES as ARTICLES_69B
from batch_70a import A as A_70A
from batch_70a import ARTICLES as ARTICLES_70A
from batch_70b import A as A_70B
from batch_70b import ARTICLES as ARTICLES_70B
from batch_71a import A as A_71A
from batch_71a import ARTICLES as ARTICLES_71A
from batch_71b import A as A_71B
from batch_71b import ARTICLES as ARTICLES_71B
from batch_72a import A as A_72A
from batch_72a import ARTICLES as ARTICLES_72A
from batch_72b import A as A_72B
from batch_72b import ARTICLES as ARTICLES_72B
from batch_73a import A as A_73A
from batch_73a import ARTICLES as ARTICLES_73A
from batch_73b import A as A_73B
from batch_73b import ARTICLES as ARTICLES_73B
from batch_74a import A as A_74A
from batch_74a import ARTICLES as ARTICLES_74A
from batch_74b import A as A_74B
from batch_74b import ARTICLES as ARTICLES_74B
from batch_75a import A as A_75A
from batch_75a import ARTICLES as ARTICLES_75A
from batch_75b import A as A_75B
from batch_75b import ARTICLES as ARTICLES_75B
from batch_76a import A as A_76A
from batch_76a import ARTICLES as ARTICLES_76A
from batch_76b import A as A_76B
from batch_76b import ARTICLES as ARTICLES_76B
from batch_77a import A as A_77A
from batch_77a import ARTICLES as ARTICLES_77A
from batch_77b import A as A_77B
from batch_77b import ARTICLES as ARTICLES_77B
from batch_78a import A as A_78A
from batch_78a import ARTICLES as ARTICLES_78A
from batch_78b import A as A_78B
from batch_78b import ARTICLES as ARTICLES_78B
from batch_79a import A as A_79A
from batch_79a import ARTICLES as ARTICLES_79A
from batch_79b import A as A_79B
from batch_79b import ARTICLES as ARTICLES_79B
from batch_80a import A as A_80A
from batch_80a import ARTICLES as ARTICLES_80A
from batch_80b import A as A_80B
from batch_80b import ARTICLES as ARTICLES_80B
from batch_81a import A as A_81A
from batch_81a import ARTICLES as ARTICLES_81A
from batch_81b import A as A_81B
from batch_81b import ARTICLES as ARTICLES_81B
from batch_82a import A as A_82A
from batch_82a import ARTICLES as ARTICLES_82A
from batch_82b import A as A_82B
from batch_82b import ARTICLES as ARTICLES_82B
from batch_83a import A as A_83A
from batch_83a import ARTICLES as ARTICLES_83A
from batch_83b import A as A_83B
from batch_83b import ARTICLES as ARTICLES_83B
from batch_84a import A as A_84A
from batch_84a import ARTICLES as ARTICLES_84A
from batch_84b import A as A_84B
from batch_84b import ARTICLES as ARTICLES_84B
from batch_85a import A as A_85A
from batch_85a import ARTICLES as ARTICLES_85A
from batch_85b import A as A_85B
from batch_85b import ARTICLES as ARTICLES_85B
from batch_86a import A as A_86A
from batch_86a import ARTICLES as ARTICLES_86A
from batch_86b import A as A_86B
from batch_86b import ARTICLES as ARTICLES_86B
from batch_87a import A as A_87A
from batch_87a import ARTICLES as ARTICLES_87A
from batch_87b import A as A_87B
from batch_87b import ARTICLES as ARTICLES_87B
from batch_88a import A as A_88A
from batch_88a import ARTICLES as ARTICLES_88A
from batch_88b import A as A_88B
from batch_88b import ARTICLES as ARTICLES_88B
from batch_89a import A as A_89A
from batch_89a import ARTICLES as ARTICLES_89A
from batch_89b import A as A_89B
from batch_89b import ARTICLES as ARTICLES_89B
from batch_90a import A as A_90A
from batch_90a import ARTICLES as ARTICLES_90A
from batch_90b import A as A_90B
from batch_90b import ARTICLES as ARTICLES_90B
from batch_91a import A as A_91A
from batch_91a import ARTICLES as ARTICLES_91A
from batch_91b import A as A_91B
from batch_91b import ARTICLES as ARTICLES_91B
from batch_92a import A as A_92A
from batch_92a import ARTICLES as ARTICLES_92A
from batch_92b import A as A_92B
from batch_92b import ARTICLES as ARTICLES_92B
from batch_93a import A as A_93A
from batch_93a import ARTICLES as ARTICLES_93A
from batch_93b import A as A_93B
from batch_93b import ARTICLES as ARTICLES_93B
from batch_94a import A as A_94A
from batch_94a import ARTICLES as ARTICLES_94A
from batch_94b import A as A_94B
from batch_94b import ARTICLES as ARTICLES_94B
from batch_95a import A as A_95A
from batch_95a import ARTICLES as ARTICLES_95A
from batch_95b import A as A_95B
from batch_95b import ARTICLES as ARTICLES_95B
from batch_96a import A as A_96A
from batch_96a import ARTICLES as ARTICLES_96A
from batch_96b import A as A_96B
from batch_96b import ARTICLES as ARTICLES_96B
from batch_97a import A as A_97A
from batch_97a import ARTICLES as ARTICLES_97A
from batch_97b import A as A_97B
from batch_97b import ARTICLES as ARTICLES_97B
from batch_98a import A as A_98A
from batch_98a import ARTICLES as ARTICLES_98A
from batch_98b import A as A_98B
from batch_98b import ARTICLES as ARTICLES_98B
from batch_99a import A as A_99A
from batch_99a import ARTICLES as ARTICLES_99A
from batch_99b import A as A_99B
from batch_99b import ARTICLES as ARTICLES_99B

# The first batch (60 articles), then batches 2a, 2b, 3a, 3b, 4a, 5a-5d, 6a, 6b, 7a, 7b, 8a, 8b,
# 9a, 9b, 10a, 10b, 11a, 11b, 12a, 12b, 13a, 13b, 14a, 14b, 15a, 15b, 16a, 16b, 17a, 17b, 18a,
# 18b, 19a, 19b, 20a, 20b, 21a, 21b, 22a, 22b, 23a, 23b, 24b, 25a, 25b, 26b, 27b, 28a, 28b, 31a,
# 32a, 32b, 33a, 33b, 34a, 34b, 35a, 35b, 36a, 36b, 37a, 37b, 38a, 38b, 39a, 39b, 40a, 40b, 41a,
# 41b, 42a, 42b, 43a, 43b, 44a, 44b, 45a, 45b, 46a, 46b, 47a, 47b, 48a, 48b, 49a, 49b, 50a, 50b,
# 51a, 51b, 52a, 52b, 53a, 53b, 54a, 54b, 55a, 55b, 56a, 56b, 57a, 57b, 58a, 58b, 59a, 59b, 60a,
# 60b, 61a, 61b, 62a, 62b, 63a, 63b, 64a, 64b, 65a, 65b, 66a, 66b, 67a, 67b, 68a, 68b, 69a, 69b,
# 70a, 70b, 71a, 71b, 72a, 72b, 73a, 73b, 75a, 75b, 76a, 76b, 77a, 77b, 78a, 78b, 79a, 79b, 80a,
# 80b, 81a, 81b, 82a, 82b, 83a, 83b, 84a, 84b, 85a, 85b, 86a, 86b, 87a, 87b, 88a, 88b, 89a,
# 89b, 90a, 90b, 91a, 91b, 92a, 92b, 93a, 93b, 94a, 94b, 95a, 95b, 96a, 96b, 97a, 97b, 98a,
# 98b, 99a and 99b (12 each), 24a (5), 26a (11), 27a (5), 29a (11), 29b (11), 30a (5), 30b (11),
# 31b (11), 74a (11) and 74b (11), collected and annotated later, each before the package was run
# on it; `batch` names it in sources.csv.
BATCHES = (("1", ARTICLES_FIRST), ("2a", ARTICLES_2A), ("2b", ARTICLES_2B),
           ("3a", ARTICLES_3A), ("3b", ARTICLES_3B), ("4a", ARTICLES_4A), ("5a", ARTICLES_5A),
           ("5b", ARTICLES_5B), ("5c", ARTICLES_5C), ("5d", ARTICLES_5D), ("6a", ARTICLES_6A),
           ("6b", ARTICLES_6B), ("7a", ARTICLES_7A), ("7b", ARTICLES_7B), ("8a", ARTICLES_8A),
           ("8b", ARTICLES_8B), ("9a", ARTICLES_9A), ("9b", ARTICLES_9B),
           ("10a", ARTICLES_10A), ("10b", ARTICLES_10B), ("11a", ARTICLES_11A),
           ("11b", ARTICLES_11B), ("12a", ARTICLES_12A), ("12b", ARTICLES_12B),
           ("13a", ARTICLES_13A), ("13b", ARTICLES_13B), ("14a", ARTICLES_14A),
           ("14b", ARTICLES_14B), ("15a", ARTICLES_15A), ("15b", ARTICLES_15B),
           ("16a", ARTICLES_16A), ("16b", ARTICLES_16B), ("17a", ARTICLES_17A),
           ("17b", ARTICLES_17B), ("18a", ARTICLES_18A), ("18b", ARTICLES_18B),
           ("19a", ARTICLES_19A), ("19b", ARTICLES_19B), ("20a", ARTICLES_20A),
           ("20b", ARTICLES_20B), ("21a", ARTICLES_21A), ("21b", ARTICLES_21B),
           ("22a", ARTICLES_22A), ("22b", ARTICLES_22B), ("23a", ARTICLES_23A),
           ("23b", ARTICLES_23B), ("24a", ARTICLES_24A), ("24b", ARTICLES_24B),
           ("25a", ARTICLES_25A), ("25b", ARTICLES_25B), ("26a", ARTICLES_26A),
           ("26b", ARTICLES_26B), ("27a", ARTICLES_27A), ("27b", ARTICLES_27B),
           ("28a", ARTICLES_28A), ("28b", ARTICLES_28B), ("29a", ARTICLES_29A),
           ("29b", ARTICLES_29B), ("30a", ARTICLES_30A), ("30b", ARTICLES_30B),
           ("31a", ARTICLES_31A), ("31b", ARTICLES_31B), ("32a", ARTICLES_32A),
           ("32b", ARTICLES_32B), ("33a", ARTICLES_33A), ("33b", ARTICLES_33B),
           ("34a", ARTICLES_34A), ("34b", ARTICLES_34B), ("35a", ARTICLES_35A),
           ("35b", ARTICLES_35B), ("36a", ARTICLES_36A), ("36b", ARTICLES_36B),
           ("37a", ARTICLES_37A), ("37b", ARTICLES_37B), ("38a", ARTICLES_38A),
           ("38b", ARTICLES_38B), ("39a", ARTICLES_39A), ("39b", ARTICLES_39B),
           ("40a", ARTICLES_40A),
           ("40b", ARTICLES_40B),
           ("41a", ARTICLES_41A),
           ("41b", ARTICLES_41B),
           ("42a", ARTICLES_42A),
           ("42b", ARTICLES_42B),
           ("43a", ARTICLES_43A),
           ("43b", ARTICLES_43B),
           ("44a", ARTICLES_44A),
           ("44b", ARTICLES_44B),
           ("45a", ARTICLES_45A),
           ("45b", ARTICLES_45B),
           ("46a", ARTICLES_46A),
           ("46b", ARTICLES_46B),
           ("47a", ARTICLES_47A),
           ("47b", ARTICLES_47B),
           ("48a", ARTICLES_48A),
           ("48b", ARTICLES_48B),
           ("49a", ARTICLES_49A),
           ("49b", ARTICLES_49B),
           ("50a", ARTICLES_50A),
           ("50b", ARTICLES_50B),
           ("51a", ARTICLES_51A),
           ("51b", ARTICLES_51B),
           ("52a", ARTICLES_52A),
           ("52b", ARTICLES_52B),
           ("53a", ARTICLES_53A),
           ("53b", ARTICLES_53B),
           ("54a", ARTICLES_54A),
           ("54b", ARTICLES_54B),
           ("55a", ARTICLES_55A),
           ("55b", ARTICLES_55B),
           ("56a", ARTICLES_56A),
           ("56b", ARTICLES_56B),
           ("57a", ARTICLES_57A),
           ("57b", ARTICLES_57B),
           ("58a", ARTICLES_58A),
           ("58b", ARTICLES_58B),
           ("59a", ARTICLES_59A),
           ("59b", ARTICLES_59B),
           ("60a", ARTICLES_60A),
           ("60b", ARTICLES_60B),
           ("61a", ARTICLES_61A),
           ("61b", ARTICLES_61B),
           ("62a", ARTICLES_62A),
           ("62b", ARTICLES_62B),
           ("63a", ARTICLES_63A),
           ("63b", ARTICLES_63B),
           ("64a", ARTICLES_64A),
           ("64b", ARTICLES_64B),
           ("65a", ARTICLES_65A),
           ("65b", ARTICLES_65B),
           ("66a", ARTICLES_66A),
           ("66b", ARTICLES_66B),
           ("67a", ARTICLES_67A),
           ("67b", ARTICLES_67B),
           ("68a", ARTICLES_68A),
           ("68b", ARTICLES_68B),
           ("69a", ARTICLES_69A),
           ("69b", ARTICLES_69B),
           ("70a", ARTICLES_70A),
           ("70b", ARTICLES_70B),
           ("71a", ARTICLES_71A),
           ("71b", ARTICLES_71B),
           ("72a", ARTICLES_72A),
           ("72b", ARTICLES_72B),
           ("73a", ARTICLES_73A),
           ("73b", ARTICLES_73B),
           ("74a", ARTICLES_74A),
           ("74b", ARTICLES_74B),
           ("75a", ARTICLES_75A),
           ("75b", ARTICLES_75B),
           ("76a", ARTICLES_76A),
           ("76b", ARTICLES_76B),
           ("77a", ARTICLES_77A),
           ("77b", ARTICLES_77B),
           ("78a", ARTICLES_78A),
           ("78b", ARTICLES_78B),
           ("79a", ARTICLES_79A),
           ("79b", ARTICLES_79B), ("80a", ARTICLES_80A), ("80b", ARTICLES_80B),
           ("81a", ARTICLES_81A), ("81b", ARTICLES_81B),
           ("82a", ARTICLES_82A), ("82b", ARTICLES_82B),
           ("83a", ARTICLES_83A), ("83b", ARTICLES_83B),
           ("84a", ARTICLES_84A), ("84b", ARTICLES_84B),
           ("85a", ARTICLES_85A), ("85b", ARTICLES_85B),
           ("86a", ARTICLES_86A), ("86b", ARTICLES_86B),
           ("87a", ARTICLES_87A), ("87b", ARTICLES_87B),
           ("88a", ARTICLES_88A), ("88b", ARTICLES_88B),
           ("89a", ARTICLES_89A), ("89b", ARTICLES_89B),
           ("90a", ARTICLES_90A), ("90b", ARTICLES_90B),
           ("91a", ARTICLES_91A), ("91b", ARTICLES_91B),
           ("92a", ARTICLES_92A), ("92b", ARTICLES_92B),
           ("93a", ARTICLES_93A), ("93b", ARTICLES_93B),
           ("94a", ARTICLES_94A), ("94b", ARTICLES_94B), ("95a", ARTICLES_95A),
           ("95b", ARTICLES_95B), ("96a", ARTICLES_96A), ("96b", ARTICLES_96B),
           ("97a", ARTICLES_97A), ("97b", ARTICLES_97B),
           ("98a", ARTICLES_98A), ("98b", ARTICLES_98B),
           ("99a", ARTICLES_99A), ("99b", ARTICLES_99B))
ARTICLES = [article for _, articles in BATCHES for article in articles]
BATCH_OF = {article[0]: batch for batch, articles in BATCHES for article in articles}
A = {**A_FIRST, **A_2A, **A_2B, **A_3A, **A_3B, **A_4A, **A_5A, **A_5B, **A_5C, **A_5D, **A_6A,
     **A_6B, **A_7A, **A_7B, **A_8A, **A_8B, **A_9A, **A_9B,
     **A_10A, **A_10B, **A_11A, **A_11B, **A_12A, **A_12B, **A_13A, **A_13B, **A_14A, **A_14B,
     **A_15A, **A_15B, **A_16A, **A_16B, **A_17A, **A_17B, **A_18A, **A_18B, **A_19A, **A_19B,
     **A_20A, **A_20B, **A_21A, **A_21B, **A_22A, **A_22B, **A_23A, **A_23B, **A_24A, **A_24B,
     **A_25A, **A_25B, **A_26A, **A_26B, **A_27A, **A_27B, **A_28A, **A_28B,
     **A_29A, **A_29B, **A_30A, **A_30B, **A_31A, **A_31B, **A_32A, **A_32B,
     **A_33A, **A_33B, **A_34A, **A_34B, **A_35A, **A_35B, **A_36A,
     **A_36B, **A_37A, **A_37B, **A_38A, **A_38B, **A_39A, **A_39B, **A_40A, **A_40B, **A_41A,
     **A_41B, **A_42A, **A_42B, **A_43A, **A_43B, **A_44A, **A_44B, **A_45A, **A_45B,
     **A_46A, **A_46B, **A_47A, **A_47B, **A_48A, **A_48B, **A_49A, **A_49B,
     **A_50A, **A_50B, **A_51A, **A_51B, **A_52A, **A_52B, **A_53A, **A_53B, **A_54A, **A_54B,
     **A_55A, **A_55B, **A_56A, **A_56B, **A_57A, **A_57B,
     **A_58A, **A_58B, **A_59A, **A_59B, **A_60A, **A_60B, **A_61A, **A_61B,
     **A_62A, **A_62B, **A_63A, **A_63B, **A_64A, **A_64B,
     **A_65A, **A_65B, **A_66A, **A_66B, **A_67A, **A_67B,
     **A_68A, **A_68B, **A_69A, **A_69B, **A_70A, **A_70B, **A_71A, **A_71B,
     **A_72A, **A_72B, **A_73A, **A_73B, **A_74A, **A_74B,
     **A_75A, **A_75B, **A_76A, **A_76B, **A_77A, **A_77B, **A_78A, **A_78B, **A_79A, **A_79B, **A_80A, **A_80B,
     **A_81A, **A_81B, **A_82A, **A_82B, **A_83A, **A_83B, **A_84A, **A_84B, **A_85A, **A_85B,
     **A_86A, **A_86B, **A_87A, **A_87B, **A_88A, **A_88B, **A_89A, **A_89B,
     **A_90A, **A_90B, **A_91A, **A_91B, **A_92A, **A_92B, **A_93A, **A_93B, **A_94A, **A_94B,
     **A_95A, **A_95B, **A_96A, **A_96B, **A_97A, **A_97B,
     **A_98A, **A_98B, **A_99A, **A_99B}

HERE = Path(__file__).resolve().parent

# One actor annotated under two keys in different batches (each batch's annotator chose a key
# without seeing the others): the first key is read as the second everywhere, so that the scorer
# does not count one person as two (ANNOTATION.md, corrections log).
SAME_ACTOR = {"king_hussein": "hussein_bin_talal", "king_hassan": "hassan_ii",
              "king_salman": "salman_bin_abdulaziz", "amina_j_mohammed": "amina_mohammed",
              "un_general_assembly": "united_nations_general_assembly",
              "jordanian_royal_court": "royal_hashemite_court", "blue_house": "cheong_wa_dae",
              "us_department_of_state": "us_state_department",
              "national_diet": "national_diet_of_japan", "bjp": "bharatiya_janata_party",
              "national_party": "new_zealand_national_party",
              "azerbaijani_presidential_administration": "presidential_administration_of_azerbaijan",
              "novruz_mamedov": "novruz_mammadov", "imf": "international_monetary_fund",
              "abdulaziz_komilov": "abdulaziz_kamilov", "izvestiya": "izvestia",
              "sri_lankan_army": "sri_lanka_army",
              "japanese_foreign_ministry": "ministry_of_foreign_affairs_japan",
              "tariq_aziz": "tareq_aziz", "iraq_news_agency": "iraqi_news_agency",
              "democratic_party": "democratic_party_us",
              "chingiz_aydarbekov": "chingiz_aidarbekov", "ibragim_junusov": "ibrahim_junusov",
              "mohamed_ghassan_maumoon": "mohamed_ghassaan_maumoon",
              "william_kamkatet": "william_kamket", "nick_salat": "nick_salaat",
              "russian_security_council": "security_council_of_russia",
              "government_of_australia": "australian_government",
              "european_communities": "european_community",
              "turkic_council": "cooperation_council_of_turkic_speaking_states",
              "j_r_jayewardene": "junius_jayewardene",
              "stabilization_force": "sfor", "robert_kocharian": "robert_kocharyan",
              "tsakhiagiin_elbegdorj": "tsakhia_elbegdorj",
              "shivshankar_menon": "shiv_shankar_menon", "william_perry": "william_j_perry",
              "her_majestys_government": "british_government",
              "oas": "organization_of_american_states",
              "kazakhstan_foreign_ministry": "kazakh_foreign_ministry",
              "mukhtar_tleuberdi": "mukhtar_tileuberdi", "aga_shahi": "agha_shahi",
              "japanese_ministry_of_foreign_affairs": "ministry_of_foreign_affairs_japan",
              "asian_news_international": "ani", "g20": "group_of_20",
              "european_economic_community": "european_community",
              "italian_republican_party": "republican_party_italy",
              "commonwealth": "commonwealth_of_nations",
              "thai_malaysia_joint_commission": "malaysia_thailand_joint_commission",
              "shanghai_cooperation_organization": "shanghai_cooperation_organisation",
              "organization_of_turkic_states": "cooperation_council_of_turkic_speaking_states",
              "vijay_singh_defence_secretary": "vijay_singh",
              "ali_reza_enayati": "reza_enayati",
              "national_assembly_of_pakistan": "national_assembly_pakistan",
              "shah_of_iran": "mohammad_reza_pahlavi"}


def same_actor(key):
    return SAME_ACTOR.get(key, key)


def annotation(aid):
    """An article's annotation with every key read through SAME_ACTOR."""
    a = A[aid]
    actors = {}
    for k, al in a["actors"].items():
        cur = actors.setdefault(same_actor(k), [])
        cur.extend(x for x in al if x not in cur)
    meetings = [{**m, "participants": [same_actor(k) for k in m["participants"]]}
                for m in a["meetings"]]
    return {"actors": actors, "meetings": meetings,
            "roles": [(t, same_actor(k)) for t, k in a["roles"]]}


def split_of(aid):
    return "test" if aid.startswith("test_") else "dev"


def build():
    ids = [a[0] for a in ARTICLES]
    assert set(ids) == set(A), (set(ids) ^ set(A))
    rows = []
    n = 0
    ann = {aid: annotation(aid) for aid in ids}
    for aid in ids:
        for m in ann[aid]["meetings"]:
            n += 1
            rows.append((aid, dict(id=f"M{n:03d}", participants=m["participants"], date=m["date"],
                                   place=m["place"], kind=m["kind"], status=m["status"],
                                   sources=[aid], evidence=m["evidence"], required=m["required"])))

    def gold_for(sel):
        actors = {}
        for aid in ids:
            if aid not in sel:
                continue
            for k, al in ann[aid]["actors"].items():
                cur = actors.setdefault(k, [])
                for a in al:
                    if a not in cur:
                        cur.append(a)
        meetings = [m for aid, m in rows if aid in sel]
        roles = [dict(article=aid, text=t, actor=k) for aid in ids if aid in sel for t, k in ann[aid]["roles"]]
        return {"articles": [a for a in ids if a in sel], "actors": dict(sorted(actors.items())),
                "article_actors": {aid: sorted(ann[aid]["actors"]) for aid in ids if aid in sel},
                "meetings": meetings, "roles": roles}

    dev = {a for a in ids if split_of(a) == "dev"}
    test = {a for a in ids if split_of(a) == "test"}
    for name, sel in (("gold_dev.json", dev), ("gold_test.json", test)):
        (HERE / name).write_text(json.dumps(gold_for(sel), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    with open(HERE / "corpus" / "metadata.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["article_id", "outlet", "url", "published"])
        for aid, region, decade, outlet, url, pub in ARTICLES:
            w.writerow([aid, outlet, url, pub])
    with open(HERE / "sources.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["article_id", "region", "decade", "url", "outlet", "published", "split",
                    "batch"])
        for aid, region, decade, outlet, url, pub in ARTICLES:
            w.writerow([aid, region, decade, url, outlet, pub, split_of(aid), BATCH_OF[aid]])


if __name__ == "__main__":
    build()
    print("built")
