import { killSuite } from './process-kills';

// Import, delete all, migration, daily backup and history load; process-kill-lock.test.ts runs the rest.
killSuite('data');
