"""Optimizations and checks on typed graphs before C generation."""
