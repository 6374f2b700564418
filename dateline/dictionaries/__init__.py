"""Converters from the field's open dictionaries to the data files dateline ships.

Run ``python -m dateline.dictionaries SHARED_DATA_DIR`` to rebuild ``dateline/understand/data``'s
``cameo_verbs.json`` (from PETRARCH2's CAMEO verb dictionary and the CAMEO->PLOVER table) and
``phoenix_actors.json`` (from the Phoenix actor and agent dictionaries). Nothing here runs when
dateline processes text: the converted files are read instead.
"""
