"""The shared vocabulary of every layer: positions, spans and findings (model), the strict
YAML reader with positions (yamlnodes), safe file writes (atomic), and where the built-
in rule pack lies (builtin). Imports nothing else of claimlint.
"""
