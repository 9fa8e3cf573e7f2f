"""Further shot-boundary clip generators (issue 15), each written apart from the detector's rules."""
