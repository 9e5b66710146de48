"""Tests of lawref.analysis."""
