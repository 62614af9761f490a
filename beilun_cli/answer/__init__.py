"""`ask`: a question answered from the fact that answers it, or declined."""
