"""Care Careers Guide: a careers pathway and signposting assistant for health and social care in LLR."""
