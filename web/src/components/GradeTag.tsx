import { Tag } from 'antd';

const COLORS: Record<string, string> = { A: 'red', B: 'orange', C: 'blue', D: 'default' };

export function GradeTag({ grade }: { grade: string | null | undefined }) {
  if (!grade) return null;
  return (
    <Tag color={COLORS[grade] ?? 'default'} data-testid={`grade-${grade}`}>
      {grade}
    </Tag>
  );
}
