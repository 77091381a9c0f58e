"""Scheduled digests: the `digest` verbs, the digest message, and posting what is due.

`verbs` carries out `/roi digest …` for a caller; `compose` builds a digest from the team's
scenarios and what the last digest showed; `runner` finds the slots that are due, claims
each in the database (so that one server posts it) and posts through `post`.
"""
