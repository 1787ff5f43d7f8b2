/** A session lasts a week after its last use; its expiry is moved at most once a day. */
export const sessionMaxAgeSeconds = 7 * 24 * 60 * 60;
export const sessionUpdateAgeSeconds = 24 * 60 * 60;
