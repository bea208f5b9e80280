"""Per-candidate data keys (envelope encryption), so that erasing a candidate can shred their data.

Each candidate's personal fields are encrypted with the candidate's own Fernet key. That key is
stored wrapped (encrypted) with the service key, ``WENDU_ENCRYPTION_KEY``. Erasure deletes the
wrapped key: whatever ciphertext of the candidate survives elsewhere (a backup, a replica that
lagged) can no longer be opened. Tokens written with the service key itself, before per-candidate
keys existed, still decrypt through the fallback.
"""

from __future__ import annotations

from wendu.core.mongo import insert_or_find, off_loop, tenant_document_by_id
from wendu.profile.adapters.cipher import FieldCipher, new_key
from wendu.profile.adapters.documents import CandidateKeyDocument, candidate_key


class CandidateKeyring:
    def __init__(self, service_key: str) -> None:
        self._service_key = service_key
        self._wrapping = FieldCipher(service_key)

    def cipher_for(self, tenant_id: str, candidate_id: str) -> FieldCipher:
        """The candidate's cipher; the key is made on first use (the first writer wins a race).

        Blocking: only called by the repositories, on their worker threads (no cache to guard)."""
        key = candidate_key(tenant_id, candidate_id)

        def stored() -> str | None:
            document = tenant_document_by_id(CandidateKeyDocument, key, tenant_id)
            return None if document is None else str(document.wrapped_key)

        wrapped = stored()
        if wrapped is None:
            fresh = self._wrapping.encrypt(new_key())
            document = CandidateKeyDocument(id=key, tenant_id=tenant_id, candidate_id=candidate_id, wrapped_key=fresh)
            wrapped, _ = insert_or_find(document, fresh, stored)
        return FieldCipher(self._wrapping.decrypt(wrapped), fallback_keys=[self._service_key])

    @off_loop
    def destroy(self, tenant_id: str, candidate_id: str) -> None:
        CandidateKeyDocument.objects(pk=candidate_key(tenant_id, candidate_id)).delete()
