/**
 * Which components rendered while something happened, read from React itself
 * through the hook React DevTools uses (installed before react-dom loads:
 * setup.ts imports this first). A component rendered in a commit when its
 * fiber is not the one the previous commit left there and React marked it as
 * having run its function; a memoized component that bailed out is neither.
 * Counts by component name, for tests that a change renders only what shows it.
 */
interface Fiber {
  tag: number;
  flags: number;
  type: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
}
interface FiberRoot {
  current: Fiber;
}

const FUNCTION_TAGS = new Set([0, 1, 11, 14, 15]); // function, class, forwardRef, memo, simple memo
const PERFORMED_WORK = 1;

let latest: FiberRoot | null = null;
let recording: { seen: WeakSet<Fiber>; counts: Map<string, number> } | null = null;

function nameOf(type: unknown): string {
  const t = type as { type?: unknown; render?: unknown; displayName?: string; name?: string } | null;
  const inner = (t?.type ?? t?.render ?? t) as { displayName?: string; name?: string } | null;
  return inner?.displayName || inner?.name || 'Anonymous';
}

/** Every fiber of the committed tree, with a callback for each. */
function walk(root: FiberRoot, each: (fiber: Fiber) => void): void {
  const stack: Fiber[] = root.current.child ? [root.current.child] : [];
  while (stack.length) {
    const fiber = stack.pop()!;
    each(fiber);
    if (fiber.sibling) stack.push(fiber.sibling);
    if (fiber.child) stack.push(fiber.child);
  }
}

Object.assign(globalThis, {
  __REACT_DEVTOOLS_GLOBAL_HOOK__: {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => {},
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    onCommitFiberRoot: (_id: number, root: FiberRoot) => {
      latest = root;
      if (!recording) return;
      const now = new WeakSet<Fiber>();
      const { seen, counts } = recording;
      walk(root, (fiber) => {
        now.add(fiber);
        if (FUNCTION_TAGS.has(fiber.tag) && fiber.flags & PERFORMED_WORK && !seen.has(fiber)) {
          const name = nameOf(fiber.type);
          counts.set(name, (counts.get(name) ?? 0) + 1);
        }
      });
      recording.seen = now;
    },
  },
});

/** Runs `action` and answers how many times each component rendered during it. */
export async function rendersDuring(action: () => Promise<void>): Promise<Map<string, number>> {
  const seen = new WeakSet<Fiber>();
  if (latest) walk(latest, (fiber) => seen.add(fiber));
  recording = { seen, counts: new Map() };
  try {
    await action();
    return recording.counts;
  } finally {
    recording = null;
  }
}
