"""Tests of lawref.conduct."""
