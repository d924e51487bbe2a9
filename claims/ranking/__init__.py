"""Passages and their ranking for a claim: splitting, BM25 plus entity overlap, numeric agreement.

Pure functions, no Django:

    from claims.ranking import claim_profile, rank_passages, split_passages, PassageInput
    profile = claim_profile(text=claim.text, language="de", entities=claim.entities, quantities=...)
    ranked = rank_passages(profile, [PassageInput(key, text, language), ...])
"""

from claims.ranking.agreement import AGREES, CONFLICTS, NO_NUMBER, Figure, compare, figures, numeric_stance
from claims.ranking.passages import split_passages
from claims.ranking.relevance import (
    MIN_RELEVANCE,
    ClaimProfile,
    PassageInput,
    Scored,
    claim_profile,
    clean_entities,
    rank_passages,
    stance_add,
)

__all__ = [
    "AGREES",
    "CONFLICTS",
    "MIN_RELEVANCE",
    "NO_NUMBER",
    "ClaimProfile",
    "Figure",
    "PassageInput",
    "Scored",
    "claim_profile",
    "clean_entities",
    "compare",
    "figures",
    "numeric_stance",
    "rank_passages",
    "split_passages",
    "stance_add",
]
