import { NextResponse } from 'next/server';
import { getEntity } from '@/lib/graph/explore';
import { errorResponse } from '@/app/api/respond';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    return NextResponse.json({ entity: await getEntity(id) });
  } catch (error) {
    return errorResponse(error);
  }
}
