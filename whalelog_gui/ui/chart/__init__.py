"""The offline chart: projection (pure), layers (pure), and the Qt ChartView with its toolbar."""
