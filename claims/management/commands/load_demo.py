"""Load the sample articles, sample sources and demo accounts (idempotent)."""

from django.core.management.base import BaseCommand

from claims.demo.accounts import DEMO_ACCOUNTS, demo_accounts_ensure
from claims.demo.loader import demo_load


class Command(BaseCommand):
    help = "Load sample data (fictional articles and sources, labelled as such) and demo accounts."

    def add_arguments(self, parser):
        parser.add_argument("--no-accounts", action="store_true", help="Only load articles and sources.")

    def handle(self, *args, no_accounts=False, **options):
        counts = demo_load()
        self.stdout.write(f"Sample data: {counts['articles_new']} new article(s), "
                          f"{counts['articles']} in all; {counts['sources']} sample source(s).")
        if no_accounts:
            return
        passwords = demo_accounts_ensure()
        roles = dict(DEMO_ACCOUNTS)
        self.stdout.write("Demo accounts (kept in var/demo-accounts.json):")
        for username, password in passwords.items():
            role = roles.get(username) or "superuser"
            self.stdout.write(f"  {username:<10} {password:<14} {role}")
