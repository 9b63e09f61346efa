"""A run of the linter: configuration (config, locations), which rules run (plan), file
discovery, parallel linting (runner), the result and rule caches, fixes, baseline,
--since (changes) and init (scaffold).
"""
