"""Ingest an article from a URL or a text file and print its claims."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.services.errors import DomainError


class Command(BaseCommand):
    help = "Ingest <url-or-file>: fetch (or read) it, extract its claims and print them."

    def add_arguments(self, parser):
        parser.add_argument("source", help="http(s) URL, a path to a UTF-8 text file, or - for standard input")
        parser.add_argument("--language", choices=["de", "en"], help="skip language detection")
        parser.add_argument("--title", default="")
        parser.add_argument("--publisher", default="")
        parser.add_argument("--queue", action="store_true",
                            help="only enqueue for the workers instead of processing here")

    def handle(self, *args, source, language, title, publisher, queue, **options):
        from claims.services.articles import article_extract_claims, article_fetch_and_store, article_ingest

        kwargs = {"language": language or "", "title": title, "publisher": publisher}
        if source.lower().startswith(("http://", "https://")):  # schemes are case-insensitive
            kwargs["url"] = source
        else:
            kwargs["text"] = self._read(source)
            kwargs["title"] = title or ("" if source == "-" else Path(source).stem)
        try:
            if queue:
                article, created = article_ingest(**kwargs)
            else:
                article, created = article_ingest(**kwargs, enqueue=False)
                # A failed fetch keeps its error (extracting nothing would overwrite it with "no text").
                if not (article.url and not article.text) or article_fetch_and_store(article_id=article.pk):
                    article_extract_claims(article_id=article.pk)
        except DomainError as exc:
            raise CommandError(exc.message) from None
        article.refresh_from_db()
        state = "new" if created else "already stored"
        self.stdout.write(f"Article {article.pk} ({state}): {article.status} — {article.title or article.url}")
        if article.error:
            raise CommandError(article.error)
        for claim in article.claims.order_by("start"):
            numbers = ", ".join(
                f"{q['kind']} {q['value']}{' ' + q['unit'] if q.get('unit') else ''}" for q in claim.quantities
            )
            self.stdout.write(f"  [{claim.start}:{claim.end}] {claim.score:.2f} {claim.speaker or '-'}: {claim.text}")
            if numbers:
                self.stdout.write(f"      {numbers}")

    @staticmethod
    def _read(source):
        import sys

        try:
            data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read {source}: {exc.strerror}") from None
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise CommandError(f"{source} is not UTF-8 text.") from None
