/** Same-site rules live in core (pure, shared with the pre-selection of regional versions). */
export { sameSite, siteOf } from '../core/regions/site';
