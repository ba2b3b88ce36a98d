-- A token dead of a cause it may recover from (a checkpoint the person clears, an account
-- restored, a permission granted again, an app unblocked, a rejection without reason) is now
-- checked again every relink.checks.max-interval, and comes back when its network calls it valid
-- (checks R12). Tokens that died that way before this version were left with no next check: give
-- them one now, so that the sweep looks at them soon. A lifespan's end, a password change, a
-- revocation, a refused refresh and a lost admin role stay final. Written for both H2 and
-- PostgreSQL, like V1.
update access_token
   set next_check_at = current_timestamp
 where status = 'INVALID'
   and cause in ('SECURITY_CHECKPOINT', 'ACCOUNT_UNAVAILABLE', 'SCOPE_MISSING', 'APP_PROBLEM',
                 'UNKNOWN')
   and access_secret is not null
   and next_check_at is null;
