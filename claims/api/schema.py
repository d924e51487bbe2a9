"""OpenAPI post-processing: staff-only fields are documented but not required, since anonymous readers
and roles without the view permission get the public shape of the same resource."""

from claims.api.serializers.claims import PublicClaimSerializer
from claims.api.serializers.evidence import PUBLIC_FIELDS as EVIDENCE_PUBLIC
from claims.api.serializers.verdicts import PUBLIC_FIELDS as VERDICT_PUBLIC

PUBLIC_SHAPES = {
    "Claim": PublicClaimSerializer.Meta.fields,
    "ClaimDetail": PublicClaimSerializer.Meta.fields,
    "Verdict": VERDICT_PUBLIC,
    "VerdictDetail": VERDICT_PUBLIC,
    "Evidence": EVIDENCE_PUBLIC,
}


def staff_fields_optional(result, generator, request, public):
    schemas = result.get("components", {}).get("schemas", {})
    for name, public_fields in PUBLIC_SHAPES.items():
        component = schemas.get(name)
        if component and "required" in component:
            component["required"] = [f for f in component["required"] if f in public_fields]
    return result
