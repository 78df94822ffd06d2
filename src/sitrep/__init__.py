"""sitrep: conflict news in, evidence-linked event data out."""
__version__ = "0.1.0"
