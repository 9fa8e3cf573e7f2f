"""Opening (hook) synthesisers other than training/measure_data.py's ``hook_set``: DEV data for the
hook decision of core/virality/audio.py (issue 15). Nothing here is held out."""
