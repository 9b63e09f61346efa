"""The rule engine: rules and kinds (rule, kinds/), Python checks (checks/), loading rule
packs (registry) and proving them (selfcheck, regex_guard), running a plan over a
document (linter) and suppressions (suppress).
"""
