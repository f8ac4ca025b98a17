export const SERVICE_NAME_MAX_LENGTH = 200;
export const SERVICE_TEXT_MAX_LENGTH = 5000;
/** More requests a year than any public service receives: beyond is a typing mistake. */
export const MAX_YEARLY_VOLUME = 1_000_000_000;
export const MAX_STEPS = 1000;
