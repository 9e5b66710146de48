"""Tests of lawref.statutes."""
