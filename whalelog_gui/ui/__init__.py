"""Qt lives only here (and in export/pdf.py): views, forms, chart, palettes, sound, signal adapters."""
