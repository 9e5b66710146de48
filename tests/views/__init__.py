"""Tests of lawref.views."""
