"""Speed benchmark of briefgen: stages, peers, start-up and digests, as ratios measured in one run."""
