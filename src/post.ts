import { run } from './edges/action-post.js';

/** The action's post step (action.yml runs.post): it only ever warns. */
void run();
