"""Tests of lawref.loading."""
