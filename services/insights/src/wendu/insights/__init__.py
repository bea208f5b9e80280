"""Wendu insights service: adverse-impact monitoring (LL144 rates and impact ratios) and the decision audit trail."""
