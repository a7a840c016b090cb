export { findDates, type DateMention } from './find-dates.js';
