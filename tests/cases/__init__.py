"""Tests of lawref.cases."""
