import { z } from 'zod';
import { isValidTimeZone } from './time';
import { validationKey } from './validation';

/** An IANA zone this runtime knows, as stored with each record. Apart from time.ts, which screens use without the validation library. */
export const TimeZoneSchema = z.string().min(1).max(64).refine(isValidTimeZone, { message: validationKey('timeZone.unknown') });
