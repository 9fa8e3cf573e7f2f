"""Placeholder: this capability's tab is not built yet (its tab says "not available yet")."""
Tab = None
