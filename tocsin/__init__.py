"""Tocsin: early warning and early action against mass atrocities."""

__version__ = "0.1.0"
