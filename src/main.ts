import { run } from './edges/action-main.js';

/** The action's main step (action.yml runs.main). */
void run();
