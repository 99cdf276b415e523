// Moved to the ground floor (src/module/module-path.ts), so every domain can name a module's
// files and id; this re-export keeps the cache's imports as they are.
export {
  moduleCachePaths,
  moduleId,
  type ModuleCachePaths,
  type ModuleVersion,
} from '../module/module-path.js';
