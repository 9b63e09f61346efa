"""Regulatory knowledge: the knowledge pack of jurisdictions, regulators, treatments and
approvals (knowledge) and the treatments and conditions a post names (mentions).
"""
