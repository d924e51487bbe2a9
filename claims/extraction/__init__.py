"""Claim extraction engine: pure Python, no Django; text in, check-worthy claims out.

from claims.extraction import extract_claims, extract_quantities
claims = extract_claims(text, language=None)    # "de", "en" or None to detect
quantities = extract_quantities(text, language=None)
"""

from .engine import Claim, extract_claims
from .entities import find_entities
from .language import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, detect_language
from .quantities import KINDS, QUALIFIERS, Quantity, extract_quantities
from .sentences import Sentence, split_sentences
from .speakers import find_speaker
from .worthiness import CHECKWORTHY_THRESHOLD

__all__ = [
    "CHECKWORTHY_THRESHOLD", "DEFAULT_LANGUAGE", "KINDS", "QUALIFIERS", "SUPPORTED_LANGUAGES", "Claim",
    "Quantity", "Sentence", "detect_language", "extract_claims", "extract_quantities", "find_entities",
    "find_speaker", "split_sentences",
]
