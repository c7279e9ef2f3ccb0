"""Feasibility: score draft open-government commitments against six risk factors."""

__version__ = "0.1.0"
