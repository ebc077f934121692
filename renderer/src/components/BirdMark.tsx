/** The app's mark: a small bird resting in a cupped hand. Inline, nothing remote. */
export function BirdMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="15.5" fill="var(--mantine-color-teal-light)" />
      {/* the bird: tail, body, head, beak, eye */}
      <path d="M6.5 10.5 L11.5 13 L8.5 15.5 Z" fill="var(--mantine-color-indigo-6)" />
      <ellipse cx="15" cy="14.5" rx="6.2" ry="4.4" fill="var(--mantine-color-indigo-6)" />
      <circle cx="20.5" cy="10.8" r="3.1" fill="var(--mantine-color-indigo-6)" />
      <path d="M23.2 10 L26.6 11 L23.2 12 Z" fill="var(--mantine-color-orange-5)" />
      <circle cx="21.3" cy="10.2" r="0.7" fill="#fff" />
      {/* the hand: a cupped palm with a thumb */}
      <path
        d="M4.5 17.5 Q5 25.5 15.5 25.8 Q25.5 25.8 27.5 17.5 Q27.6 16.6 26.6 16.8 Q21 19 15.5 19 Q9.5 19 5.6 16.8 Q4.5 16.4 4.5 17.5 Z"
        fill="var(--mantine-color-teal-7)"
      />
      <path d="M22.5 18.3 Q25.5 15.3 28 14.2 Q29 14 28.6 15 Q27.2 17.6 25 19.4 Z" fill="var(--mantine-color-teal-7)" />
    </svg>
  );
}
