import { killSuite } from './process-kills';

// Lock on, lock off, change passphrase and restore; process-kill-data.test.ts runs the rest.
killSuite('lock');
