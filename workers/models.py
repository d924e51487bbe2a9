"""What the background side records about itself."""

from django.db import models


class WorkerHeartbeat(models.Model):
    """Last time a worker ran the beat-scheduled heartbeat task: proof that beat and a worker are alive."""

    hostname = models.CharField(max_length=255, unique=True)
    seen_at = models.DateTimeField()

    def __str__(self):
        return f"{self.hostname} @ {self.seen_at:%Y-%m-%d %H:%M:%S}"
